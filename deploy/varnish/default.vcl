# Varnish in front of the portal's instances (README, Production). Varnish 7.1 with varnish-modules
# (xkey), as Debian packages them.
#
# - Public pages are cached as Next marks them (a 200 with s-maxage, no Set-Cookie, not private), each
#   object indexed by the cache tags Next assigned (the `xkey` header the portal sends), and removed by
#   tag when Next expires those tags: the instance that made the change sends `PURGE` with an
#   `xkey-purge` header (scripts/lib/varnish.mjs), only allowed from the `purgers` below.
# - The workspace, sign-in, the API, stored files and Next's client navigations go to an instance
#   every time, as with the in-process page cache.
# - Backends are the instances in backends.vcl, health-probed on their readiness; a request whose
#   instance refused the connection is retried on the next one.
# - While every instance is unready (the database is down), cached pages are served stale for up to a
#   day (grace), and anything else gets a Vietnamese 503 page at once.
# - The reader's address reaches the portal in X-Forwarded-For (Varnish appends the address it saw):
#   run the portal with TRUSTED_PROXY_COUNT=1, or 2 with a TLS terminator in front of Varnish.
vcl 4.1;

import std;
import directors;
import xkey;
import var;

include "backends.vcl";

# Who may purge: the portal's instances (loopback here; add their addresses when they run elsewhere).
acl purgers {
    "127.0.0.1";
    "::1";
}

# A TLS terminator in front of Varnish may say the request came over https; nobody else may.
acl tls_terminators {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = portal.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header required"));
        }
        # When the last purge was made: a page whose fetch began before it may hold what the change
        # replaced (vcl_backend_response keeps it out). Global, not per tag: changes are rare, and a
        # page missed by this costs one more render, a page kept by mistake a reader misinformed.
        var.global_set("last-purge", "" + std.time2real(now, 0.0));
        # Pages that came without tags are let go at every change (vcl_backend_response).
        set req.http.x-purged = xkey.purge(req.http.xkey-purge + " " + "untagged");
        return (synth(200, "Purged " + req.http.x-purged));
    }

    # The id that follows this request through the portal's logs (x-request-id on the answer).
    set req.http.x-request-id = server.identity + "-" + req.xid;
    unset req.http.x-forwarded-host;
    unset req.http.forwarded;
    if (client.ip !~ tls_terminators || !req.http.x-forwarded-proto) {
        set req.http.x-forwarded-proto = "http";
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Always answered by an instance: staff pages, sign-in and password pages, the API (health, views,
    # uploads), stored files (who may read one is decided per reader), and Next's client navigations
    # and server actions (they carry these headers; the page cache passes them too).
    if (req.url ~ "^/(quan-ly|dang-nhap|doi-mat-khau|quen-mat-khau|dat-lai-mat-khau|api|tep)(/|\?|$)"
        || req.http.rsc || req.http.next-router-state-tree || req.http.next-router-prefetch
        || req.http.next-router-segment-prefetch || req.http.next-action || req.http.next-url) {
        return (pass);
    }

    # A healthy instance refreshes a stale page soon; with none ready, serve what we have for a day.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    # Public pages are the same for everyone: a staff member's cookie neither splits nor bypasses the
    # cache (an answer that did depend on it is marked private by Next and never kept).
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    # The cache key ignores the Host header; the instances answer the same for any.
    # When this fetch began, to compare with the last purge (vcl_backend_response).
    var.set("fetch-began", "" + std.time2real(now, 0.0));
    return (fetch);
}

sub vcl_backend_response {
    # Per request, not per page: the page is stored without it and it is added back on delivery.
    unset beresp.http.strict-transport-security;
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.status != 200
        || beresp.http.set-cookie
        || beresp.http.cache-control !~ "s-maxage=[0-9]+"
        || beresp.http.cache-control ~ "(private|no-store|no-cache)") {
        # Not shareable: go to an instance for this address for a short while, without queueing.
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    # A change was purged while this page was being made: it may show what the change replaced (read
    # before it, or by an instance that had not heard of it yet). Serve it to the one reader who
    # asked and fetch again for the next; storing it would outlive the purge that was meant for it.
    if (std.real(var.global_get("last-purge"), 0.0) >= std.real(var.get("fetch-began"), 0.0)) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # Next had not yet told which tags this page carries when it sent it (a first render can send the
    # page before storing it in its cache): kept anyway, and purged at every change.
    if (!beresp.http.xkey) {
        set beresp.http.xkey = "untagged";
    }
    if (beresp.http.x-nextjs-cache == "STALE") {
        # Next served its stale copy while it renders a new one: keep it only briefly.
        set beresp.ttl = 2s;
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # The instance refused the connection (stopping, restarting, killed): try the next one.
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    call portal_unavailable_page;
    return (deliver);
}

sub portal_unavailable_page {
    set beresp.status = 503;
    set beresp.http.content-type = "text/html; charset=utf-8";
    set beresp.http.cache-control = "no-store";
    set beresp.http.retry-after = "30";
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    synthetic({"<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hệ thống tạm thời gián đoạn</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1f2937;background:#f9fafb}main{max-width:36rem;margin:0 auto}h1{font-size:1.4rem;color:#991b1b}p{line-height:1.6}</style>
</head><body><main>
<h1>Hệ thống tạm thời gián đoạn</h1>
<p>Cổng thông tin đang được khôi phục nên chưa thể hiển thị trang này. Vui lòng thử lại sau ít phút.</p>
<p><a href="/">Về trang chủ</a></p>
</main></body></html>
"});
}

sub vcl_deliver {
    unset resp.http.xkey;
    unset resp.http.via;
    unset resp.http.x-varnish;
    set resp.http.x-request-id = req.http.x-request-id;
    if (obj.uncacheable) {
        set resp.http.x-cache = "PASS";
    } else {
        if (obj.hits > 0) {
            set resp.http.x-cache = "HIT";
        } else {
            set resp.http.x-cache = "MISS";
        }
        # Only Varnish, which is purged, keeps public pages: browsers and other shared caches revalidate.
        set resp.http.cache-control = "public, max-age=0, must-revalidate";
    }
    if (req.http.x-forwarded-proto == "https") {
        set resp.http.strict-transport-security = "max-age=31536000";
    }
    return (deliver);
}

sub vcl_synth {
    set resp.http.cache-control = "no-store";
    if (resp.status == 503) {
        set resp.http.content-type = "text/html; charset=utf-8";
        set resp.http.retry-after = "30";
        synthetic({"<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hệ thống tạm thời gián đoạn</title></head><body><h1>Hệ thống tạm thời gián đoạn</h1><p>Vui lòng thử lại sau ít phút.</p></body></html>"});
        return (deliver);
    }
    return (deliver);
}
