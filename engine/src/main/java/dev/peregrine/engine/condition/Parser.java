package dev.peregrine.engine.condition;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a Falco rule condition into an {@link Expr}. Compatible with Falco 0.44 (falcosecurity/libs
 * {@code userspace/libsinsp/filter/parser.h}), whose grammar this is, with the Peregrine additions marked (+).
 *
 * <pre>{@code
 * Productions (EBNF):
 *     Expr                  ::= OrExpr
 *     OrExpr                ::= AndExpr ('or' OrExprTail)*
 *     OrExprTail            ::= Blank AndExpr
 *                             | &'(' AndExpr                     (Falco: '(' Expr ')' only)
 *     AndExpr               ::= NotExpr ('and' AndExprTail)*
 *     AndExprTail           ::= Blank NotExpr
 *                             | &'(' NotExpr
 *     NotExpr               ::= ('not' Blank)* NotExprTail
 *     NotExprTail           ::= 'not(' Expr ')'
 *                             | Check
 *     Check                 ::= '(' Expr ')'
 *                             | ListModifier? CheckLeft Condition
 *                             | Identifier                       (a macro reference)
 *     ListModifier          ::= ('oneof' | 'anyof' | 'allof') Blank          (+)
 *     CheckLeft             ::= Field
 *                             | FieldTransformer
 *     Condition             ::= UnaryOperator
 *                             | NumOperator (FieldTransformerOrVal | NumValue)
 *                             | StrOperator (FieldTransformerOrVal | StrValue)
 *                             | ListOperator (ListValue | FieldTransformerOrVal | Identifier)
 *     ListValue             ::= '(' (ListItem (',' ListItem)*)? ')'
 *     ListItem              ::= StrValue
 *                             | ListValue                                    (+)
 *     FieldTransformerOrVal ::= FieldTransformer
 *                             | 'val(' Field ')'
 *     FieldTransformer      ::= FieldTransformerType FieldTransformerArg (',' FieldTransformerArg)* ')'
 *                               ('[' FieldArg ']')?
 *     FieldTransformerArg   ::= NumValue | QuotedStr | TransformerList | FieldTransformer | Field
 *     TransformerList       ::= '(' (TransformerListArg (',' TransformerListArg)*)? ')'
 *     TransformerListArg    ::= NumValue | QuotedStr | FieldTransformer | Field
 *     Field                 ::= FieldName ('[' FieldArg ']')?
 *     FieldArg              ::= QuotedStr | FieldArgBareStr
 *     NumValue              ::= HexNumber | Number
 *     StrValue              ::= QuotedStr | BareStr
 *
 * Operators:
 *     UnaryOperator         ::= 'exists'
 *     NumOperator           ::= '<=' | '<' | '>=' | '>'
 *     StrOperator           ::= '==' | '=' | '!=' | 'glob' | 'iglob'
 *                             | 'contains' | 'icontains' | 'bcontains'
 *                             | 'startswith' | 'bstartswith' | 'endswith' | 'regex'
 *     ListOperator          ::= 'intersects' | 'in' | 'pmatch'
 *     FieldTransformerType  ::= ('tolower' | 'toupper' | 'b64' | 'basename' | 'len'
 *                               | 'join' | 'concat' | 'getopt') '('
 *
 * Tokens (regular expressions; Blank is [ \t\n\r\b\f\v]):
 *     Identifier            ::= [a-zA-Z]+[a-zA-Z0-9_]*
 *     FieldName             ::= [a-zA-Z]+[a-zA-Z0-9_]*(\.[a-zA-Z]+[a-zA-Z0-9_]*)+
 *     FieldArgBareStr       ::= [^][\"' Blank]+
 *     HexNumber             ::= 0[xX][0-9a-fA-F]+
 *     Number                ::= [+\-]?[0-9]+[\.]?[0-9]*([eE][+\-][0-9]+)?
 *     QuotedStr             ::= "(\\.|[^"\\])*" | '(\\.|[^'\\])*'
 *     BareStr               ::= [^()"'=, Blank]+
 * }</pre>
 *
 * <p>Precedence, loosest first: {@code or}, {@code and}, {@code not}; one method per level. Blanks may separate any
 * two tokens. Keywords {@code and}/{@code or} must be followed by a blank or {@code (}. A bare word on the right
 * of a comparison is always a value, never a field ({@code proc.name = proc.pname} compares with the string
 * "proc.pname"; use {@code val(proc.pname)}). Escapes in quoted strings: {@code \\ \" \' \/ \b \f \n \r \t}, as in
 * Falco's {@code escaping.cpp} (including its legacy {@code "\ "} meaning a lone backslash).
 *
 * <p>Where we differ from libsinsp, always by accepting more, never by reading an accepted condition differently:
 * any blank (not only a space) may follow a word operator, which libsinsp marks as a todo; {@code x or(y) and z}
 * parses as {@code x or ((y) and z)} where libsinsp stops after {@code (y)}; lists may nest; the list modifiers;
 * nesting depth is counted in parentheses (at most {@link #MAX_DEPTH}) rather than in recursive calls.
 */
public final class Parser {

    /** Deepest nesting of parentheses (expressions, lists, transformers) a condition may use. */
    public static final int MAX_DEPTH = 100;

    /** Longest first, so that {@code <=} is not read as {@code <}. */
    private static final String[] SYMBOL_OPERATORS = {"<=", "<", ">=", ">", "==", "=", "!="};

    private final Scanner in;
    private final TermParser terms;

    private Parser(String condition) {
        this.in = new Scanner(condition);
        this.terms = new TermParser(in);
    }

    /** Parses a whole condition; anything left over after the expression is an error. */
    public static Expr parse(String condition) throws ConditionSyntaxException {
        if (condition == null || condition.isBlank()) {
            throw new ConditionSyntaxException("condition is empty", 0);
        }
        Parser parser = new Parser(condition);
        Expr expr = parser.parseOr();
        parser.in.blank();
        if (!parser.in.atEnd()) {
            if (parser.in.peek() == ')') {
                throw new ConditionSyntaxException("unbalanced parentheses: ')' has no matching '('", parser.in.pos());
            }
            throw parser.unexpected("'and', 'or'");
        }
        return expr;
    }

    private Expr parseOr() throws ConditionSyntaxException {
        in.blank();
        int start = in.pos();
        List<Expr> children = new ArrayList<>();
        children.add(parseAnd());
        while (keyword("or")) {
            children.add(parseAnd());
        }
        return children.size() == 1 ? children.get(0) : new Or(start, children);
    }

    private Expr parseAnd() throws ConditionSyntaxException {
        in.blank();
        int start = in.pos();
        List<Expr> children = new ArrayList<>();
        children.add(parseNot());
        while (keyword("and")) {
            children.add(parseNot());
        }
        return children.size() == 1 ? children.get(0) : new And(start, children);
    }

    private Expr parseNot() throws ConditionSyntaxException {
        in.blank();
        int start = in.pos();
        boolean negate = false;
        while (true) {
            int save = in.pos();
            if (in.literal("not") && in.blank()) {
                negate = !negate;
                continue;
            }
            in.reset(save);
            break;
        }
        Expr child;
        if (in.literal("not(")) {
            negate = !negate;
            child = parenthesisedRemainder(in.pos() - 1);
        } else {
            child = parseCheck();
        }
        return negate ? new Not(start, child) : child;
    }

    private Expr parseCheck() throws ConditionSyntaxException {
        in.blank();
        int start = in.pos();
        if (in.literal("(")) {
            return parenthesisedRemainder(start);
        }
        ListModifier modifier = modifier();
        FieldExpr left = terms.fieldOrTransformer();
        if (left != null) {
            return parseCondition(start, modifier, left);
        }
        String id = in.identifier();
        if (id != null) {
            if (in.peek() == '(') {
                throw new ConditionSyntaxException(Transformers.VAL.equals(id)
                        ? "'val' can only be used on the right side of a comparison"
                        : "unknown transformer '" + id + "', expected one of " + Transformers.NAMES, start);
            }
            if (id.equals("and") || id.equals("or")) {
                // Falco would read a macro named "and" here; no such macro can exist, so say what is wrong.
                throw new ConditionSyntaxException("expected a condition before '" + id + "'", start);
            }
            if (id.equals("not")) {
                throw new ConditionSyntaxException("expected a condition after 'not'", in.pos());
            }
            return new MacroRef(start, id);
        }
        if (in.atEnd()) {
            throw new ConditionSyntaxException("expected a condition after '" + in.last() + "'", start);
        }
        if (in.peek() == ')') {
            throw new ConditionSyntaxException("expected a condition before ')'", start);
        }
        throw new ConditionSyntaxException("expected a '(' token, a field check, or an identifier, found '"
                + in.describeHere() + "'", start);
    }

    /** {@code oneof|anyof|allof} when followed by blanks and a field or transformer; NONE (consuming nothing) else. */
    private ListModifier modifier() {
        int start = in.pos();
        String id = in.identifier();
        if (id != null && in.blank() && (in.atFieldName() || terms.atTransformer())) {
            for (ListModifier m : ListModifier.values()) {
                if (m != ListModifier.NONE && m.keyword().equals(id)) {
                    return m;
                }
            }
        }
        in.reset(start);
        return ListModifier.NONE;
    }

    private Expr parseCondition(int start, ListModifier modifier, FieldExpr left) throws ConditionSyntaxException {
        in.blank();
        int opOffset = in.pos();
        String op = operator(left);
        if (Operators.isUnary(op)) {
            if (modifier != ListModifier.NONE) {
                throw new ConditionSyntaxException("list modifier '" + modifier.keyword()
                        + "' needs a comparison, not 'exists'", opOffset);
            }
            return new UnaryCheck(start, left, op, opOffset);
        }
        Operand right;
        if (Operators.isNumeric(op)) {
            right = terms.numberOperand(op);
        } else if (Operators.isString(op)) {
            right = terms.stringOperand(op);
        } else {
            right = terms.listOperand(op);
        }
        return new BinaryCheck(start, modifier, left, op, opOffset, right);
    }

    private String operator(FieldExpr left) throws ConditionSyntaxException {
        int start = in.pos();
        for (String symbol : SYMBOL_OPERATORS) {
            if (in.literal(symbol)) {
                return symbol;
            }
        }
        String word = in.identifier();
        if (word != null && Operators.all().contains(word)) {
            return word;
        }
        in.reset(start);
        String subject = ConditionPrinter.print(left);
        if (in.atEnd()) {
            throw new ConditionSyntaxException("expected an operator after '" + subject + "'", start);
        }
        throw new ConditionSyntaxException("'" + in.describeHere() + "' is not a valid operator after '" + subject
                + "'; expected one of " + String.join(", ", Operators.all()), start);
    }

    /** After '(': the inner expression and the matching ')'. */
    private Expr parenthesisedRemainder(int open) throws ConditionSyntaxException {
        terms.enter(open);
        Expr inner = parseOr();
        in.blank();
        if (!in.literal(")")) {
            if (in.atEnd()) {
                throw new ConditionSyntaxException("unbalanced parentheses: '(' has no matching ')'", open);
            }
            throw unexpected("'and', 'or' or ')'");
        }
        terms.leave();
        return inner;
    }

    /**
     * Consumes {@code and}/{@code or} (after blanks) when it is followed by a blank or '('; anything else is left
     * for the caller to report, so that {@code a orb} reads "unexpected token 'orb'"; a keyword followed by
     * nothing usable is an error here.
     */
    private boolean keyword(String keyword) throws ConditionSyntaxException {
        int save = in.pos();
        in.blank();
        if (in.literal(keyword)) {
            char next = in.peek();
            if (Scanner.isBlank(next) || next == '(') {
                return true;
            }
            if (!Scanner.isIdentifierChar(next)) {
                // "a and", "(a or)": the keyword is there, its right operand is not.
                throw new ConditionSyntaxException("expected a condition after '" + keyword + "'", in.pos());
            }
        }
        in.reset(save);
        return false;
    }

    private ConditionSyntaxException unexpected(String expecting) {
        return new ConditionSyntaxException("unexpected token '" + in.describeHere() + "' after '" + in.last()
                + "', expecting " + expecting, in.pos());
    }
}
