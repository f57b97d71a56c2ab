"""Splink database back ends: DuckDB in memory (default) or Spark in local mode."""

import os
import tempfile
from typing import Any

import duckdb
import pandas as pd
from splink import DuckDBAPI

from concord_engine.contracts.linkage import Engine


def spark_session(cores: int | None = None) -> Any:
    """Return a local Spark session with Splink's similarity functions on the class path."""
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    workers = cores or os.cpu_count() or 2
    session = (
        SparkSession.builder.master(f"local[{workers}]")
        .appName("concord-linkage")
        .config("spark.jars", similarity_jar_location())
        .config("spark.sql.shuffle.partitions", str(max(4, workers * 2)))
        .config("spark.default.parallelism", str(max(4, workers * 2)))
        .config("spark.driver.memory", "2g")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setCheckpointDir(tempfile.mkdtemp(prefix="concord-spark-"))
    return session


def database_api(engine: Engine, memory_limit: str = "2GB") -> Any:
    """Create the Splink database API for an engine name."""
    if engine == "duckdb":
        connection = duckdb.connect()
        connection.execute("SET memory_limit = ?", [memory_limit])
        connection.execute("SET preserve_insertion_order = false")
        # Spill beyond the memory limit to the system temporary folder, not the working folder.
        spill = os.path.join(tempfile.gettempdir(), "concord-duckdb")
        connection.execute("SET temp_directory = ?", [spill])
        return DuckDBAPI(connection)
    from splink import SparkAPI

    return SparkAPI(  # type: ignore[no-untyped-call]
        spark_session=spark_session(), break_lineage_method="parquet"
    )


ARRAY_COLUMNS = frozenset({"given_names_all", "family_names_all", "address_words"})


def register_people(db_api: Any, engine: Engine, features: pd.DataFrame) -> Any:
    """Register the feature table; on Spark with an explicit schema (all-null columns too)."""
    if engine == "duckdb":
        return db_api.register(features, table_name="concord_people")
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    fields = [
        StructField(
            name,
            LongType()
            if name == "unique_id"
            else ArrayType(StringType())
            if name in ARRAY_COLUMNS
            else StringType(),
        )
        for name in features.columns
    ]
    rows = features.astype(object).where(features.notna(), None)
    frame = db_api.spark.createDataFrame(rows, schema=StructType(fields))
    return db_api.register(frame, table_name="concord_people")
