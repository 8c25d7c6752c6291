package io.herald.channel.vendor;

import io.herald.channel.spi.Notification;
import java.util.OptionalInt;

/**
 * A vendor of the Huawei family (Huawei, Honor, HarmonyOS): it treats a message without a category
 * of its own, or in category MARKETING, as marketing, capped at two a device a day.
 */
public abstract class CategorisedVendorChannel<C> extends VendorChannel<C> {

    static final int MARKETING_DAILY_CAP = 2;

    protected CategorisedVendorChannel(String name, String... requiredCredentials) {
        super(name, requiredCredentials);
    }

    @Override
    protected OptionalInt marketingDailyCap(Notification notification) {
        String category = notification.android().categories().get(name());
        return category == null || category.equals("MARKETING") ? OptionalInt.of(MARKETING_DAILY_CAP) : OptionalInt.empty();
    }
}
