package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.RulesException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.List;

/**
 * Loads Falco-compatible rules files, in order, into one {@link RulesetSpec}. Later files modify what earlier
 * ones defined (redefinition, {@code override}, deprecated {@code append}, {@code enabled} toggles), as when Falco
 * loads {@code falco_rules.yaml} then {@code falco_rules.local.yaml}.
 *
 * <p>Errors are collected rather than thrown at the first: a broken item is skipped and reading goes on with the
 * next item and the next file. If anything was wrong, {@link RulesException} carries every error and warning and
 * nothing is returned. Conditions are not parsed here: the compiler does that, using each {@link Text}'s locator
 * to point into the file.
 */
public final class RulesLoader {

    public RulesetSpec load(List<RulesFile> files) throws RulesException {
        Problems problems = new Problems();
        RulesetBuilder builder = new RulesetBuilder();
        ItemReader reader = new ItemReader(problems, builder);
        for (RulesFile file : files) {
            FileText text = new FileText(file.name(), file.content());
            List<Node> documents;
            try {
                documents = YamlDocuments.compose(text);
            } catch (LoadError e) {
                problems.add(e.diagnostic());
                continue;
            }
            for (Node document : documents) {
                readDocument(text, document, reader, problems);
            }
        }
        problems.throwIfErrors();
        return builder.build(problems.all());
    }

    public RulesetSpec load(RulesFile... files) throws RulesException {
        return load(List.of(files));
    }

    private static void readDocument(FileText text, Node document, ItemReader reader, Problems problems) {
        if (YamlMap.isNull(document)) {
            return;
        }
        if (!(document instanceof SequenceNode)) {
            problems.error(text.at(document.getStartMark()), "a rules file must be a sequence of items, not "
                    + YamlMap.kind(document));
            return;
        }
        for (Node item : ((SequenceNode) document).getValue()) {
            if (YamlMap.isNull(item)) {
                continue;
            }
            try {
                reader.read(text, item);
            } catch (LoadError e) {
                problems.add(e.diagnostic());
            }
        }
    }
}
