package org.alirtc.sdk.ipc;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.alirtc.sdk.model.MvInfo;

/** The header fields of a message parsed into a JSON tree: the general decoding path. */
record TreeHeader(JsonNode header) implements HeaderFields {

    @Override
    public int i(String key) {
        return CallbackFields.i(header, key);
    }

    @Override
    public long lng(String key) {
        return CallbackFields.lng(header, key);
    }

    @Override
    public String str(String key) {
        return CallbackFields.str(header, key);
    }

    @Override
    public List<MvInfo> mvInfos(String key) {
        JsonNode node = header.get(key);
        if (node == null || !node.isArray() || node.isEmpty()) {
            return List.of();
        }
        List<MvInfo> list = new ArrayList<>(node.size());
        for (JsonNode pair : node) {
            list.add(new MvInfo(pair.path(0).asInt(), pair.path(1).asInt()));
        }
        return list;
    }
}
