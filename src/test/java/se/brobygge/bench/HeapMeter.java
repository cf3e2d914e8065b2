package se.brobygge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Live heap of this JVM (the application runs in it): full collections until the figure stops
 * moving, so that what remains is what something still references.
 */
final class HeapMeter {

    private HeapMeter() {}

    /**
     * Heap in use right after a full collection, summed over the heap pools ("collection usage",
     * so that what background threads allocate after the collection does not count), repeated
     * until two readings in a row agree within 0.2 % (at most 12 rounds).
     */
    static long settledUsedBytes() {
        long previous = -1;
        long used = 0;
        for (int round = 0; round < 12; round++) {
            System.gc(); // a full, stop-the-world collection with G1 (ExplicitGCInvokesConcurrent is off)
            used = usedAfterLastCollection();
            if (previous >= 0 && Math.abs(used - previous) <= used / 500) {
                break;
            }
            previous = used;
            pause(200); // let reference processing and cleaners finish before the next round
        }
        return used;
    }

    private static long usedAfterLastCollection() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage afterCollection = pool.getCollectionUsage();
                sum += afterCollection != null
                        ? afterCollection.getUsed()
                        : pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
