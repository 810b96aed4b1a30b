package io.github.svtoms.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark session: local[2], no UI, few shuffle partitions. */
final class TestSpark {
    private TestSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("svtoms-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.adaptive.enabled", "false")
                // code generation stays on, as on a cluster: its deserialisers give rows without their schema
                .getOrCreate();
    }
}
