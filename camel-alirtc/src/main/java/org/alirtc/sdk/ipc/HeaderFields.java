package org.alirtc.sdk.ipc;

import java.util.List;

import org.alirtc.sdk.model.MvInfo;

/**
 * The header fields a media callback's decoder reads, with the tolerant rules of {@link CallbackFields}: a missing
 * key reads as 0 or "". Two sources give them: the JSON tree of the general path ({@link TreeHeader}) and the
 * reader's {@link FlatHeader}, which reads a plain flat header straight into fields; the decoders are written once
 * against this interface, so both paths decode alike.
 */
interface HeaderFields {

    int i(String key);

    long lng(String key);

    String str(String key);

    /** The motion vectors of a decoded video frame, empty when absent or not an array. */
    List<MvInfo> mvInfos(String key);
}
