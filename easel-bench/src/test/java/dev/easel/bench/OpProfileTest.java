package dev.easel.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OpProfileTest {
    @Test
    void sumsTopLevelOperationsByNameAndCountsNestedOnesInTheirCaller(@TempDir Path dir) throws Exception {
        // thread 1: conv2d 0-100 holding mkldnn_convolution 10-90, then batch_norm 100-130 and conv2d 130-170;
        // thread 2: conv2d 0-50; a non-aten event is ignored
        Path trace = Files.writeString(dir.resolve("trace.json"), """
            {"traceEvents": [
              {"ph": "X", "name": "aten::conv2d", "tid": 1, "ts": 0, "dur": 100},
              {"ph": "X", "name": "aten::mkldnn_convolution", "tid": 1, "ts": 10, "dur": 80},
              {"ph": "X", "name": "aten::batch_norm", "tid": 1, "ts": 100, "dur": 30},
              {"ph": "X", "name": "aten::conv2d", "tid": 1, "ts": 130, "dur": 40},
              {"ph": "X", "name": "aten::conv2d", "tid": 2, "ts": 0, "dur": 50},
              {"ph": "X", "name": "PyTorch Profiler", "tid": 1, "ts": 0, "dur": 1000},
              {"ph": "i", "name": "aten::marker", "tid": 1, "ts": 5}
            ]}""");
        OpProfile profile = OpProfile.read(trace, 2);
        assertThat(profile.ops()).containsExactly(
            new OpProfile.OpTime("aten::conv2d", 190, 3),
            new OpProfile.OpTime("aten::batch_norm", 30, 1));
        assertThat(profile.totalMsPerPass()).isEqualTo(0.11);
        assertThat(profile.table(1)).containsExactly(
            "operation                         ms/pass   share calls/pass",
            "aten::conv2d                          0.1   86.4%          2",
            "other operations (1)                  0.0   13.6%",
            "all top-level operations              0.1");
    }
}
