"""Splink database back ends: DuckDB in memory (default) or Spark in local mode."""

import os
from typing import Any

import duckdb
from splink import DuckDBAPI

from concord_engine.contracts.linkage import Engine


def spark_session(cores: int | None = None) -> Any:
    """Return a local Spark session with Splink's similarity functions on the class path."""
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    workers = cores or os.cpu_count() or 2
    return (
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


def database_api(engine: Engine, memory_limit: str = "2GB") -> Any:
    """Create the Splink database API for an engine name."""
    if engine == "duckdb":
        connection = duckdb.connect()
        connection.execute("SET memory_limit = ?", [memory_limit])
        connection.execute("SET preserve_insertion_order = false")
        return DuckDBAPI(connection)
    from splink import SparkAPI

    return SparkAPI(  # type: ignore[no-untyped-call]
        spark_session=spark_session(), break_lineage_method="parquet"
    )
