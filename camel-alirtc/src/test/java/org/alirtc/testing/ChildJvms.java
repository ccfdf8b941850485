package org.alirtc.testing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The child JVMs one test starts, killed after it whatever its outcome. Register it as a field with
 * {@code @RegisterExtension} and pass every child to {@link #add}.
 */
public final class ChildJvms implements AfterEachCallback {

    private final List<ChildJvm> children = new ArrayList<>();

    public ChildJvm add(ChildJvm child) {
        children.add(child);
        return child;
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        for (ChildJvm child : children) {
            child.kill();
        }
        children.clear();
    }
}
