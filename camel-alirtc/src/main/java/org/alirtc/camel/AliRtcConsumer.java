package org.alirtc.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits one exchange per item the session receives (media frame, message, event) of the configured
 * {@code messageTypes}. The SDK reader thread only puts the item into a bounded queue, so a slow route never
 * stalls the socket; one worker thread per consumer takes items in arrival order (so per-user order is kept) and
 * runs the route. When the queue is full the {@code overflowPolicy} applies and every item not delivered is counted.
 * With {@code queueSize=0} there is no queue and no worker: the route runs on the SDK reader thread.
 */
@ManagedResource(description = "ARTC consumer")
public class AliRtcConsumer extends DefaultConsumer implements Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(AliRtcConsumer.class);
    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    private static final long POLL_MS = 100;
    private static final int BATCH = 64;

    private final AliRtcConfiguration configuration;
    private final Set<AliRtcMessageType> messageTypes;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    /** Null when {@code queueSize=0}: items are emitted on the thread that offers them. */
    private BlockingQueue<Item> queue;

    private final Object directLock = new Object();
    private volatile boolean emitting;
    private volatile boolean working;
    private volatile AliRtcSession session;
    private Thread worker;

    public AliRtcConsumer(AliRtcEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.messageTypes = AliRtcMessageType.parseList(configuration.getMessageTypes());
    }

    @Override
    public AliRtcEndpoint getEndpoint() {
        return (AliRtcEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        emitting = true;
        if (configuration.getQueueSize() > 0) {
            queue = new ArrayBlockingQueue<>(configuration.getQueueSize());
            working = true;
            worker = new Thread(
                    this::runWorker,
                    "alirtc-consumer-" + configuration.getChannelId() + "-" + configuration.getUserId() + "-"
                            + WORKER_NUMBER.incrementAndGet());
            worker.setDaemon(true);
            worker.start();
        }
        try {
            session = getEndpoint().getComponent().acquireSession(getEndpoint(), this);
        } catch (Exception e) {
            stopWorker();
            throw e;
        }
        if (configuration.getSubscribeUsers() != null) {
            for (String user : configuration.getSubscribeUsers().split(",")) {
                if (!user.isBlank()) {
                    session.subscribe(user.strip());
                }
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        AliRtcSession current = session;
        session = null;
        if (current != null) {
            current.removeConsumer(this);
            getEndpoint().getComponent().releaseSession(current);
        }
        stopWorker();
        super.doStop();
    }

    /** Stops emitting while the session stays in the channel; what is queued is discarded. */
    @Override
    protected void doSuspend() throws Exception {
        emitting = false;
        if (queue != null) {
            queue.clear();
        }
    }

    @Override
    protected void doResume() throws Exception {
        emitting = true;
    }

    /** The types of item this consumer emits; the session's fan-out offers it only these. */
    Set<AliRtcMessageType> messageTypes() {
        return messageTypes;
    }

    /**
     * Called on the SDK reader thread with an item this consumer owns from now on: queues it, applying the overflow
     * policy. Never waits longer than {@code blockTimeout}.
     */
    void offer(AliRtcMessageType type, String userId, Object body) {
        offer(new Item(type, userId, body, System.currentTimeMillis(), false));
    }

    /** Queues an event that tells the room as it was when this consumer came, marked with the snapshot header. */
    void offerSnapshot(AliRtcEvent event) {
        offer(new Item(AliRtcMessageType.EVENT, event.userId(), event, System.currentTimeMillis(), true));
    }

    private void offer(Item item) {
        if (!emitting) {
            return;
        }
        if (queue == null) {
            emitDirectly(item);
            return;
        }
        switch (configuration.getOverflowPolicy()) {
            case DROP_NEWEST -> {
                if (!queue.offer(item)) {
                    drop();
                }
            }
            case DROP_OLDEST -> {
                while (!queue.offer(item)) {
                    if (queue.poll() != null) {
                        drop();
                    }
                }
            }
            case BLOCK -> {
                try {
                    if (!queue.offer(item, configuration.getBlockTimeout(), TimeUnit.MILLISECONDS)) {
                        drop();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    drop();
                }
            }
        }
    }

    /**
     * Without a queue ({@code queueSize=0}) the route runs on the calling thread, the SDK reader thread for what the
     * channel sends; the lock keeps items from other threads (a snapshot, an utterance) in order with them.
     */
    private void emitDirectly(Item item) {
        synchronized (directLock) {
            if (emitting) {
                emit(item);
            }
        }
    }

    private void drop() {
        dropped.incrementAndGet();
        AliRtcSession current = session;
        if (current != null) {
            current.countDropped();
        }
    }

    /**
     * Takes what has queued up in one go, so that a busy stream costs the queue's lock once per batch rather than
     * once per item on this side.
     */
    private void runWorker() {
        List<Item> batch = new ArrayList<>(BATCH);
        while (working) {
            Item first;
            try {
                first = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, BATCH - 1);
            for (int i = 0; i < batch.size() && working && emitting; i++) {
                emit(batch.get(i));
            }
            batch.clear();
        }
    }

    private void emit(Item item) {
        Exchange exchange = createExchange(false);
        try {
            exchange.setIn(new ItemMessage(
                    exchange,
                    item.type,
                    configuration.getChannelId(),
                    item.userId,
                    item.body,
                    item.receivedAt,
                    item.snapshot));
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler()
                    .handleException(
                            "Error processing an ARTC " + item.type + " item", exchange, exchange.getException());
        }
        delivered.incrementAndGet();
        releaseExchange(exchange, false);
    }

    private void stopWorker() throws InterruptedException {
        emitting = false;
        working = false;
        Thread current = worker;
        worker = null;
        if (current != null) {
            current.interrupt();
            current.join(configuration.getBlockTimeout() + 5_000);
            if (current.isAlive()) {
                LOG.warn("Consumer worker {} is still busy in the route after stop", current.getName());
            }
        }
        if (queue != null) {
            queue.clear();
        }
    }

    /** Items dropped because the queue was full. */
    @ManagedAttribute(description = "Items dropped because the hand-off queue was full")
    public long getDroppedCount() {
        return dropped.get();
    }

    /** Exchanges emitted. */
    @ManagedAttribute(description = "Exchanges emitted")
    public long getDeliveredCount() {
        return delivered.get();
    }

    /** Items waiting in the hand-off queue. */
    @ManagedAttribute(description = "Items waiting in the hand-off queue")
    public int getQueueDepth() {
        BlockingQueue<Item> current = queue;
        return current == null ? 0 : current.size();
    }

    @ManagedAttribute(description = "Capacity of the hand-off queue")
    public int getQueueCapacity() {
        return configuration.getQueueSize();
    }

    /** The session this consumer receives from, or null while stopped. */
    public AliRtcSession getSession() {
        return session;
    }

    private record Item(AliRtcMessageType type, String userId, Object body, long receivedAt, boolean snapshot) {}
}
