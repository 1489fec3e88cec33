package dev.peregrine.engine.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Composes a YAML file into SnakeYAML node trees, one per document. We stop at nodes: composing resolves only
 * standard tags and never instantiates a Java type, so a rules file cannot make us build objects; nodes also keep
 * the start and end marks every diagnostic needs. The options bound what a hostile file can cost (alias expansion,
 * nesting depth, size).
 */
final class YamlDocuments {

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 50;
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private YamlDocuments() {
    }

    /** The documents of {@code file}; null documents (empty files, lone {@code ---}) are skipped. */
    static List<Node> compose(FileText file) {
        Yaml yaml = new Yaml(new SafeConstructor(options()), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options());
        List<Node> documents = new ArrayList<>();
        try {
            for (Node document : yaml.composeAll(new StringReader(file.content()))) {
                if (document != null) {
                    documents.add(document);
                }
            }
        } catch (MarkedYAMLException e) {
            throw new LoadError(e.getProblemMark() != null ? file.at(e.getProblemMark()) : file.at(0),
                    "invalid YAML: " + syntaxMessage(e));
        } catch (YAMLException e) {
            throw new LoadError(file.at(0), "invalid YAML: " + e.getMessage());
        }
        return documents;
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        return e.getContext() == null ? problem : e.getContext() + ": " + problem;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        return options;
    }
}
