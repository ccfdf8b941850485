package org.alirtc.examples;

import java.util.concurrent.TimeUnit;

import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * One replica of the room bot, as a child JVM of {@link RoomBotFailoverTest}: Camel Main with the properties given
 * as {@code key=value} arguments, and the file-lock cluster service rooted at the first argument behind
 * {@code master:}. The service is added to the context before the routes are built: the master component looks it up
 * when it starts, before {@code camel.component.master.service} could be applied.
 */
public final class RoomBotInstance {

    private RoomBotInstance() {}

    public static void main(String[] args) throws Exception {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(args[0]);
        cluster.setAcquireLockInterval(1);
        cluster.setAcquireLockIntervalUnit(TimeUnit.SECONDS);
        Main main = new Main();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport configuring) {
                try {
                    configuring.getCamelContext().addService(cluster);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot add the cluster service", e);
                }
            }
        });
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            main.addOverrideProperty(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        main.run();
    }
}
