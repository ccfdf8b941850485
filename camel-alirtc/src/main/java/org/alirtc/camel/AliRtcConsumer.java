package org.alirtc.camel;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.MessageJson;
import org.alirtc.sdk.model.VideoFrame;

/**
 * Emits one exchange per item the session receives (media frame, message, event) of the configured
 * {@code messageTypes}. The SDK reader thread only puts the item into a bounded queue, so a slow route never
 * stalls the socket; one worker thread per consumer takes items in arrival order (so per-user order is kept) and
 * runs the route. When the queue is full the {@code overflowPolicy} applies and every item not delivered is counted.
 */
@ManagedResource(description = "ARTC consumer")
public class AliRtcConsumer extends DefaultConsumer implements Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(AliRtcConsumer.class);
    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    private static final long POLL_MS = 100;
    /** The value of {@link AliRtcConstants#JMS_MESSAGE_TYPE} that camel-jms reads as its JmsMessageType.Text. */
    private static final String TEXT = "Text";

    private final AliRtcConfiguration configuration;
    private final Set<AliRtcMessageType> messageTypes;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private BlockingQueue<Item> queue;
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
        queue = new ArrayBlockingQueue<>(configuration.getQueueSize());
        emitting = true;
        working = true;
        worker = new Thread(
                this::runWorker,
                "alirtc-consumer-" + configuration.getChannelId() + "-" + configuration.getUserId() + "-"
                        + WORKER_NUMBER.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
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
        queue.clear();
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

    private void drop() {
        dropped.incrementAndGet();
        AliRtcSession current = session;
        if (current != null) {
            current.countDropped();
        }
    }

    private void runWorker() {
        while (working) {
            Item item;
            try {
                item = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (item != null && emitting) {
                emit(item);
            }
        }
    }

    private void emit(Item item) {
        Exchange exchange = createExchange(false);
        try {
            fill(exchange.getIn(), item);
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

    private void fill(Message message, Item item) {
        message.setBody(item.body);
        message.setHeader(AliRtcConstants.MESSAGE_TYPE, item.type);
        message.setHeader(AliRtcConstants.CHANNEL_ID, configuration.getChannelId());
        message.setHeader(AliRtcConstants.TIMESTAMP, item.receivedAt);
        if (item.userId != null) {
            message.setHeader(AliRtcConstants.USER_ID, item.userId);
        }
        if (item.body instanceof AudioPcmFrame pcm) {
            message.setHeader(AliRtcConstants.SAMPLE_RATE, pcm.sampleRate());
            message.setHeader(AliRtcConstants.CHANNELS, pcm.channels());
            message.setHeader(AliRtcConstants.SAMPLES, pcm.samples());
        } else if (item.body instanceof AudioAacFrame aac) {
            message.setHeader(AliRtcConstants.SAMPLE_RATE, aac.sampleRate());
            message.setHeader(AliRtcConstants.CHANNELS, aac.channels());
        } else if (item.body instanceof VideoFrame video) {
            message.setHeader(AliRtcConstants.WIDTH, video.width());
            message.setHeader(AliRtcConstants.HEIGHT, video.height());
            message.setHeader(AliRtcConstants.VIDEO_TRACK, video.track());
        } else if (item.body instanceof AliRtcEvent event) {
            message.setHeader(AliRtcConstants.EVENT_TYPE, event.type());
            message.setHeader(AliRtcConstants.SNAPSHOT, item.snapshot);
        } else if (item.body instanceof AliRtcUtterance utterance) {
            message.setHeader(AliRtcConstants.SAMPLE_RATE, utterance.format().sampleRate());
            message.setHeader(AliRtcConstants.CHANNELS, utterance.format().channels());
            message.setHeader(AliRtcConstants.UTTERANCE_START, utterance.startTime());
            message.setHeader(AliRtcConstants.UTTERANCE_DURATION, utterance.durationMillis());
            message.setHeader(AliRtcConstants.UTTERANCE_PART, utterance.part());
            message.setHeader(AliRtcConstants.UTTERANCE_LAST, utterance.last());
        }
        if (isText(item.body)) {
            message.setHeader(AliRtcConstants.JMS_MESSAGE_TYPE, TEXT);
        }
    }

    /**
     * Whether the body is a message with a UTF-8 payload. camel-jms picks a TextMessage only for String bodies; the
     * header tells it that this body is text too, so {@code .to("jms:...")} delivers text without options.
     */
    private static boolean isText(Object body) {
        byte[] payload =
                body instanceof DataChannelMessage m ? m.data() : body instanceof SeiMessage s ? s.data() : null;
        return payload != null && MessageJson.utf8Text(payload).isPresent();
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
