package org.alirtc.docs;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs the README's routes, compiled by {@link ReadmeRoutesTest} into the class directory named by the first
 * argument, in this JVM's working directory as a user's application would: prints {@code started}, stops the
 * context when a file named {@code stop} appears there (or after two minutes), then prints {@code stopped}.
 */
public final class ReadmeRoutesMain {

    private ReadmeRoutesMain() {}

    public static void main(String[] args) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {Path.of(args[0]).toUri().toURL()}, ReadmeRoutesMain.class.getClassLoader());
                CamelContext context = new DefaultCamelContext()) {
            RoutesBuilder routes = (RoutesBuilder) loader.loadClass(ReadmeRoutesTest.ROUTES_CLASS)
                    .getDeclaredConstructor()
                    .newInstance();
            context.addRoutes(routes);
            context.start();
            System.out.println("started");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.exists(Path.of("stop")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            context.stop();
        }
        System.out.println("stopped");
    }
}
