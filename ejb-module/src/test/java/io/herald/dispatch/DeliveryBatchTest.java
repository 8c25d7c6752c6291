package io.herald.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryBatchTest {

    @Test
    void aRecallBatchKeepsItsPurposeOnTheQueue() {
        DeliveryBatch recall = new DeliveryBatch("huawei", List.of(7L, 8L), DeliveryBatch.Purpose.RECALL);
        assertEquals(recall, DeliveryBatch.fromJson(recall.toJson()));
    }

    @Test
    void aBatchQueuedBeforeRecallsExistedIsASend() {
        DeliveryBatch old = DeliveryBatch.fromJson("{\"schemaVersion\":1,\"channel\":\"apns\",\"deliveryIds\":[1,2]}");
        assertEquals(new DeliveryBatch("apns", List.of(1L, 2L), DeliveryBatch.Purpose.SEND), old);
    }

    @Test
    void aBatchOfAnotherSchemaVersionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DeliveryBatch.fromJson("{\"schemaVersion\":2,\"channel\":\"apns\",\"deliveryIds\":[]}"));
    }
}
