package io.talentflow.output;

import java.math.BigDecimal;
import java.math.BigInteger;

/** How query values read as text and as JSON. */
final class Values
{
    private Values() {}

    static String text(Object value)
    {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : String.valueOf(number);
        }
        return value.toString();
    }

    static Object json(Object value)
    {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            if (value instanceof BigInteger big) {
                return big.bitLength() < 64 ? (Object) big.longValue() : big.toString();
            }
            return value instanceof BigDecimal ? value.toString() : value;
        }
        return value.toString();
    }
}
