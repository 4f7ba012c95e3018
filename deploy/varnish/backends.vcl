# The portal instances behind Varnish, and how Varnish tells a ready one (included by default.vcl).
# This example is two instances on this host; scripts/topology.mjs writes its own copy with the ports
# it chose. One `backend` per instance, each added to the director in vcl_init.

probe portal_ready {
    # Ready = PostgreSQL answers and every migration is applied; an instance that is shutting down
    # answers 503 here first (SHUTDOWN_DELAY_MS), so it leaves the rotation before it stops.
    .request =
        "GET /api/suc-khoe?san-sang HTTP/1.1"
        "Host: localhost"
        "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend portal_1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

backend portal_2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

sub vcl_init {
    new portal = directors.round_robin();
    portal.add_backend(portal_1);
    portal.add_backend(portal_2);
}
