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
                // small data: interpreting beats compiling generated code
                .config("spark.sql.codegen.wholeStage", "false")
                .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .getOrCreate();
    }
}
