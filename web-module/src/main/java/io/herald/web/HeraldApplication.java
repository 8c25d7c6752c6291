package io.herald.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All of Herald's HTTP APIs share the root: the Tencent family under /v4, the mPaaS POP endpoint at /. */
@ApplicationPath("/")
public class HeraldApplication extends Application {
}
