package dev.easel.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A time in a video: seconds ("12.5") or [HH:]MM:SS[.s] ("1:02.5"). */
final class SecondsConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        try {
            double seconds = 0;
            for (String part : value.trim().split(":", -1)) {
                seconds = seconds * 60 + Double.parseDouble(part);
            }
            if (!(seconds >= 0) || Double.isInfinite(seconds) || value.split(":").length > 3) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a time: give seconds (12.5) or [HH:]MM:SS (1:02.5)");
        }
    }
}
