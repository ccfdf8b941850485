package org.alirtc.camel;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A Camel test whose context, and so whose sessions in the room, serve every test of the class. The test kit leaves a
 * per-class context running after the class; this stops it, so the sessions end with the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedContextTestSupport extends CamelTestSupport {

    @AfterAll
    void stopSharedContext() {
        context.stop();
    }
}
