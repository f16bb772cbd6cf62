"""The bundled demo site and the small HTTP server that serves it (also used by tests and benchmarks)."""
