package dev.easel.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a stylized Dataset: the input's own (path, modificationTime, length, or whatever the caller added)
 * except the photo's bytes (and any of the four below), then the result, its size and the error (null on success).
 */
final class ResultSchema {
    static final String PATH = "path";
    static final String CONTENT = "content";
    static final String RESULT = "result";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String ERROR = "error";

    private ResultSchema() {
    }

    /** Fails unless {@code input} has a string path and binary content, as spark.read().format("binaryFile") gives. */
    static void check(StructType input) {
        List<String> names = Arrays.asList(input.fieldNames());
        if (!names.contains(PATH) || !names.contains(CONTENT)
            || !input.apply(PATH).dataType().equals(DataTypes.StringType)
            || !input.apply(CONTENT).dataType().equals(DataTypes.BinaryType)) {
            throw new IllegalArgumentException("the images need a string column 'path' and a binary column 'content', as "
                + "spark.read().format(\"binaryFile\") gives them; these have " + input.simpleString());
        }
    }

    /** The input columns that pass through unchanged, by index. */
    static int[] passThrough(StructType input) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < input.fields().length; i++) {
            String name = input.fields()[i].name();
            if (!name.equals(CONTENT) && !name.equals(ERROR) && !name.equals(RESULT) && !name.equals(WIDTH) && !name.equals(HEIGHT)) {
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    static StructType of(StructType input) {
        List<StructField> fields = new ArrayList<>();
        for (int i : passThrough(input)) {
            fields.add(input.fields()[i]);
        }
        fields.add(DataTypes.createStructField(RESULT, DataTypes.BinaryType, true));
        fields.add(DataTypes.createStructField(WIDTH, DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField(HEIGHT, DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }
}
