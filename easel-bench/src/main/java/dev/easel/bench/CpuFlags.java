package dev.easel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The CPU a benchmark ran on, so figures from different machines can be told apart. */
final class CpuFlags {
    private static final List<String> WATCHED = List.of("avx2", "avx512f", "avx512_bf16", "amx_bf16");

    private CpuFlags() {
    }

    /** e.g. "AMD EPYC 9R45, avx2 avx512f avx512_bf16", or "unknown" off Linux. */
    static String summary() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            String model = lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown model");
            Set<String> flags = Set.of(lines.stream().filter(l -> l.startsWith("flags")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("").split("\\s+"));
            List<String> present = new ArrayList<>();
            for (String f : WATCHED) {
                if (flags.contains(f)) {
                    present.add(f);
                }
            }
            return model + ", " + (present.isEmpty() ? "no AVX2" : String.join(" ", present));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
