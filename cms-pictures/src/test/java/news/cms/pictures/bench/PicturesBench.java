package news.cms.pictures.bench;

import news.cms.pictures.FocalPoint;
import news.cms.pictures.Pictures;
import news.cms.pictures.PicturesSettings;
import news.cms.pictures.Rendition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's side of {@code bench/pictures.py}: one picture from upload to every rendition
 * ({@code inspect}, then {@code renditions} around the centre), timed on the wall clock in one warm
 * JVM, as the server would run it. Prints one line per timed run (wall clock, and the process's
 * CPU time, which other work on a shared machine does not inflate), then a summary line
 * {@code engine median_ms=… min_ms=… max_ms=… renditions=… bytes=… cpu_median_ms=…}; with an
 * output directory it also writes the last run's files there.
 *
 * <pre>java -cp … news.cms.pictures.bench.PicturesBench photo.jpg [runs=10] [warm-up=3] [out-dir]</pre>
 */
public final class PicturesBench {

    public static void main(String[] args) throws Exception {
        byte[] photo = Files.readAllBytes(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path out = args.length > 3 ? Path.of(args[3]) : null;
        Pictures pictures = new Pictures(new PicturesSettings());
        long[] millis = new long[runs];
        long[] cpu = new long[runs];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<Rendition> last = List.of();
        for (int i = -warmUp; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            pictures.inspect(photo);
            last = pictures.renditions(photo, FocalPoint.CENTRE);
            long took = (System.nanoTime() - start) / 1_000_000;
            long cpuTook = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            if (i >= 0) {
                millis[i] = took;
                cpu[i] = cpuTook;
                System.out.println("run " + (i + 1) + ": " + took + " ms, " + cpuTook + " ms of CPU");
            } else {
                System.out.println("warm-up: " + took + " ms");
            }
        }
        if (out != null) {
            Files.createDirectories(out);
            for (Rendition r : last) {
                Files.write(out.resolve(r.fileName()), r.bytes());
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        long median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        long[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        System.out.printf("engine median_ms=%d min_ms=%d max_ms=%d renditions=%d bytes=%d cpu_median_ms=%d%n", median, sorted[0],
                sorted[runs - 1], last.size(), last.stream().mapToLong(r -> r.bytes().length).sum(), cpuSorted[runs / 2]);
        System.exit(0);
    }
}
