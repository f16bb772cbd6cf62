"""Crawling on many hosts: crawl jobs in a shared queue (Dramatiq on Redis), taken by `newsvault
worker` processes, enqueued by the scheduler (one instance: APScheduler stays the clock) or by
`newsvault crawl SOURCE --enqueue`; `newsvault cluster status` shows the queue, the workers and
the jobs running.

Beside the scheduler, above the crawl: a job runs `newsvault crawl` as a subprocess, exactly as
the scheduler does on one machine. Without a ``[cluster]`` section nothing here is used.
"""
