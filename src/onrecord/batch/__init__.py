"""Running extraction over many articles: a local process pool, and Spark."""
