package dev.easel.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** Memory sizes as people write them: "8g", "512m", "1.5G" (a bare number is megabytes). */
final class ByteSizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replaceFirst("b$", "");
        long unit = 1L << 20;
        if (!v.isEmpty()) {
            switch (v.charAt(v.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                default -> unit = 0;
            }
            if (unit != 0) {
                v = v.substring(0, v.length() - 1);
            } else {
                unit = 1L << 20;
            }
        }
        try {
            double number = Double.parseDouble(v);
            if (!(number > 0) || number * unit > Long.MAX_VALUE / 2) {
                throw new TypeConversionException("'" + value + "' is not a memory size such as 8g or 512m");
            }
            return (long) (number * unit);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a memory size such as 8g or 512m");
        }
    }
}
