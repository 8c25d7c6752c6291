package io.herald.channel.spi;

public record ChannelReadiness(boolean ready, String detail) {

    public static ChannelReadiness fine() {
        return new ChannelReadiness(true, "ready");
    }

    public static ChannelReadiness notReady(String why) {
        return new ChannelReadiness(false, why);
    }
}
