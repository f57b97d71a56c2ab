import pandas as pd
import pytest

from concord_engine.contracts.linkage import LinkageConfig, PeopleTable
from concord_engine.linkage import link_people

from .population import population, table
from .test_pipeline import CASES

pytestmark = pytest.mark.spark


def test_spark_links_the_same_children_as_duckdb():
    people = pd.concat([table(CASES), population(60).drop(columns=["truth"])], ignore_index=True)
    on_duckdb = link_people(PeopleTable(people), LinkageConfig()).clusters
    on_spark = link_people(PeopleTable(people), LinkageConfig(engine="spark")).clusters
    merged = on_duckdb.merge(on_spark, on="record_id", suffixes=("_duckdb", "_spark"))
    assert len(merged) == len(people)
    assert (merged["cluster_duckdb"] == merged["cluster_spark"]).all()
    spark_of = dict(zip(on_spark["record_id"], on_spark["cluster"], strict=True))
    assert spark_of[1] == spark_of[2]
    assert spark_of[9] != spark_of[10]
