package io.herald.mpaas;

import io.herald.domain.push.PushKind;
import java.util.List;

/** What the mPaaS query actions read alike: numbers, pages and the task types' numbers. */
public final class MpsQueries {

    /** The {@code Type} numbers of tasks and schedules: 0 simple, 1 template, 2 multiple, 3 broadcast. */
    public static final List<PushKind> TASK_TYPES = List.of(PushKind.SIMPLE, PushKind.TEMPLATE, PushKind.MULTIPLE, PushKind.BROADCAST);

    /** The rows of one page: skip {@code first}, take {@code size}. */
    public record Page(int first, int size) {
    }

    private MpsQueries() {
    }

    /** {@code PageNumber} (from 1) and {@code PageSize} (by default, and at most, {@code maxSize}). */
    public static Page page(PopRequest request, int maxSize) {
        long page = number(request, "PageNumber", 1L);
        long size = Math.min(number(request, "PageSize", (long) maxSize), maxSize);
        if (page < 1 || size < 1) {
            throw MpsError.INVALID_PARAM.exception("PageNumber and PageSize start at 1");
        }
        return new Page((int) ((page - 1) * size), (int) size);
    }

    /** A whole-number parameter; without {@code otherwise} it is required. */
    public static long number(PopRequest request, String name, Long otherwise) {
        String value = request.get(name).orElse(null);
        if (value == null) {
            if (otherwise == null) {
                throw MpsError.INVALID_PARAM.exception(name + " is required");
            }
            return otherwise;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw MpsError.INVALID_PARAM.exception(name + " must be a number");
        }
    }
}
