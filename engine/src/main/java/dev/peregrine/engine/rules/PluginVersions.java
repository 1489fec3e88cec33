package dev.peregrine.engine.rules;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Falco checks plugin versions against loaded plugins; Peregrine has none, so only the shape is checked. */
final class PluginVersions {
    private PluginVersions() {
    }

    static void check(YamlMap item) {
        Node value = item.value("required_plugin_versions");
        if (!(value instanceof SequenceNode)) {
            throw new LoadError(item.at(value), "value of 'required_plugin_versions' must be a sequence, not "
                    + YamlMap.kind(value));
        }
        for (Node entry : ((SequenceNode) value).getValue()) {
            YamlMap plugin = YamlMap.of(item.file(), entry, "a required plugin version");
            plugin.owner("required plugin version").string("name");
            plugin.owner("plugin '" + plugin.string("name") + "'").string("version");
            if (plugin.hasValue("alternatives")) {
                Node alternatives = plugin.value("alternatives");
                if (!(alternatives instanceof SequenceNode)) {
                    throw new LoadError(item.at(alternatives), "value of 'alternatives' must be a sequence, not "
                            + YamlMap.kind(alternatives));
                }
                for (Node alternative : ((SequenceNode) alternatives).getValue()) {
                    YamlMap alt = YamlMap.of(item.file(), alternative, "a plugin version alternative");
                    alt.owner("plugin version alternative").string("name");
                    alt.owner("plugin version alternative").string("version");
                }
            }
        }
    }
}
