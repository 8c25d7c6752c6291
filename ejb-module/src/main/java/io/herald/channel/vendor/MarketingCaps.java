package io.herald.channel.vendor;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.infinispan.Cache;

/**
 * The vendors' per-device daily caps on marketing messages (Huawei, Honor, OPPO and vivo: 2 a day;
 * Xiaomi's public channel: 5), counted in the {@code vendor-daily-caps} cache so that every node of
 * a cluster counts against one cap. A marketing message past the cap is not sent: the vendor would
 * drop it anyway, and sending it counts against the app's standing with the vendor. Days are the
 * vendors' (China Standard Time unless {@code herald.channel.cap-zone} says otherwise).
 */
@ApplicationScoped
public class MarketingCaps {

    @Resource(lookup = "java:jboss/infinispan/cache/herald/vendor-daily-caps")
    Cache<String, Integer> counts;

    @Inject
    Config config;

    @Inject
    Clock clock;

    /** @return whether one more marketing message may go to this vendor token today; if so, it is counted */
    public boolean admit(String channel, String vendorToken, int defaultCap) {
        int cap = config.getOptionalValue("herald.channel." + channel + ".marketing-daily-cap", Integer.class).orElse(defaultCap);
        ZoneId zone = ZoneId.of(config.getOptionalValue("herald.channel.cap-zone", String.class).orElse("Asia/Shanghai"));
        String key = channel + "|" + LocalDate.ofInstant(clock.instant(), zone) + "|" + vendorToken;
        int sent = counts.merge(key, 1, Integer::sum, 2, TimeUnit.DAYS);
        if (sent > cap) {
            counts.merge(key, -1, Integer::sum, 2, TimeUnit.DAYS);
            return false;
        }
        return true;
    }
}
