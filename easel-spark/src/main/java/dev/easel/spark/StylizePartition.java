package dev.easel.spark;

import dev.easel.cli.StylizeFlags;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.io.Serial;
import java.util.Iterator;

/** The Dataset API's work on one partition: rows with path and content in, rows with the result out, streamed. */
final class StylizePartition implements MapPartitionsFunction<Row, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final StylizeFlags flags;
    private final HadoopConf conf;
    private final OutputFormat format;
    private final int path;
    private final int content;
    private final int[] passThrough;

    StylizePartition(StylizeFlags flags, HadoopConf conf, OutputFormat format, StructType input) {
        this.flags = flags;
        this.conf = conf;
        this.format = format;
        this.path = input.fieldIndex(ResultSchema.PATH);
        this.content = input.fieldIndex(ResultSchema.CONTENT);
        this.passThrough = ResultSchema.passThrough(input);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return TaskStylizer.map(rows, flags, conf.get(), format,
            (row, stylizer) -> result(row, stylizer.stylize(row.getString(path), row.isNullAt(content) ? null : (byte[]) row.get(content))));
    }

    private Row result(Row row, TaskStylizer.Result r) {
        Object[] values = new Object[passThrough.length + 4];
        for (int i = 0; i < passThrough.length; i++) {
            values[i] = row.get(passThrough[i]);
        }
        values[passThrough.length] = r.bytes();
        values[passThrough.length + 1] = r.width();
        values[passThrough.length + 2] = r.height();
        values[passThrough.length + 3] = r.error();
        return RowFactory.create(values);
    }
}
