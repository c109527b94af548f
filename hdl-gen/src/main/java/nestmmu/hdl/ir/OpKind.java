package nestmmu.hdl.ir;

/**
 * The primitive operations. Operand widths are already equal where Verilog would otherwise extend
 * them by context (ADD, SUB, MUL, bitwise, comparisons, MUX branches), so each operation's result
 * width is exactly {@link Op#width()}.
 */
public enum OpKind {
    /** a + b, both and result of the same width (wraps). */
    ADD,
    /** a - b, wraps. */
    SUB,
    /** a * b, operands already padded to the result width (sum of the original widths). */
    MUL,
    AND, OR, XOR,
    /** bitwise not. */
    NOT,
    /** comparisons, result 1 bit, unsigned. */
    EQ, NE, LT, LE, GT, GE,
    /** a shifted by a dynamic amount, result width of a (bits shifted out are lost). */
    SHL, SHR,
    /** reductions to 1 bit. */
    AND_REDUCE, OR_REDUCE, XOR_REDUCE,
    /** args: condition, then, else. */
    MUX,
    /** concatenation, first argument most significant. */
    CAT,
    /** {@code count} copies of the single argument, see {@link Op#count()}. */
    FILL,
    /** bits hi..lo of the single argument, see {@link Op#hi()}, {@link Op#lo()}. */
    EXTRACT,
    /** zero-extension of the single argument to the op's width. */
    PAD,
    /** args: index, option 0, option 1, ...: the option the index selects; past the end, the last one. */
    SELECT
}
