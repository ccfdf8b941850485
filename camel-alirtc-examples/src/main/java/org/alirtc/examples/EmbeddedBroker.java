package org.alirtc.examples;

import java.io.File;
import java.util.Arrays;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An ActiveMQ Artemis broker in the example's JVM, so the bridge has JMS without a broker to install: no persistence,
 * no security, queues created on first use. {@code acceptors} lists the URLs it listens on, comma separated
 * ({@code vm://0} for this JVM only, {@code tcp://127.0.0.1:61616} to be reachable by other processes).
 */
public class EmbeddedBroker {

    private String acceptors = "vm://0";
    private String directory = "target/broker";
    private EmbeddedActiveMQ server;

    public String getAcceptors() {
        return acceptors;
    }

    public void setAcceptors(String acceptors) {
        this.acceptors = acceptors;
    }

    public String getDirectory() {
        return directory;
    }

    /** Where the broker keeps its instance files (it persists no messages). */
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public synchronized void start() throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false);
        configuration.setSecurityEnabled(false);
        configuration.setJMXManagementEnabled(false);
        configuration.setBrokerInstance(new File(directory));
        String[] urls = Arrays.stream(acceptors.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .toArray(String[]::new);
        if (urls.length == 0) {
            throw new IllegalArgumentException("the broker has no acceptor: set example.brokerAcceptors, e.g. vm://0");
        }
        for (int i = 0; i < urls.length; i++) {
            configuration.addAcceptorConfiguration("acceptor-" + i, urls[i]);
        }
        server = new EmbeddedActiveMQ().setConfiguration(configuration);
        server.start();
    }

    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
            // The in-VM connector's thread pool is static and not daemon: without this the JVM does not exit.
            InVMConnector.resetThreadPool();
        }
    }
}
