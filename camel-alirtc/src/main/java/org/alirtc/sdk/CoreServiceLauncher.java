package org.alirtc.sdk;

import java.io.IOException;

import org.alirtc.sdk.ipc.CoreService;

/** Starts the core service an engine will drive; one implementation per {@link EngineMode}. */
interface CoreServiceLauncher {

    CoreService launch(EngineOptions options) throws IOException;
}
