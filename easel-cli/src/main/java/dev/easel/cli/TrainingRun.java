package dev.easel.cli;

import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.loss.LossValues;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.train.NetworkTrainer;
import dev.easel.train.TrainingListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A training run on the console, for every network trainer: progress bar, validation images, a checkpoint
 * and the model so far on Ctrl-C or SIGTERM, and the model file when done.
 */
final class TrainingRun {
    private TrainingRun() {
    }

    /**
     * Trains until done (then writes NAME.json + NAME.weights in {@code output} and returns 0) or until
     * Ctrl-C (then checkpoints, writes NAME-stepNNNNNN.json and returns 1).
     *
     * @param lossMessage the bar's extra text for a step's losses
     * @param card        the model card of the network as it is now
     */
    static int run(NetworkTrainer trainer, String name, int steps, Path output, Function<LossValues, String> lossMessage,
                   Supplier<ModelCard> card) {
        CountDownLatch finished = new CountDownLatch(1);
        boolean[] stop = {false};
        Thread hook = new Thread(() -> {
            stop[0] = true; // Ctrl-C: finish the step, checkpoint, then exit
            try {
                finished.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("train " + name).setInitialMax(steps)
            .setStyle(ProgressBarStyle.ASCII).setUnit(" steps", 1).showSpeed().startsFrom(trainer.step(), Duration.ZERO)
            .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(1000).build();
        try {
            try {
                trainer.train(new TrainingListener() {
                    @Override
                    public boolean onStep(int step, int total, LossValues loss, double secondsPerStep) {
                        bar.stepTo(step);
                        bar.setExtraMessage(lossMessage.apply(loss));
                        return !stop[0];
                    }

                    @Override
                    public void onValidation(int step, Picture image) {
                        ImageWriter.write(image, output.resolve(String.format("validation-%06d.png", step)), true);
                    }
                });
            } finally {
                bar.close();
            }
            if (trainer.step() < steps) {
                // the network so far is a usable model too: try it while the run waits for --resume
                Path partial = output.resolve(String.format("%s-step%06d.json", name, trainer.step()));
                ModelFile.save(partial, card.get(), trainer.params());
                System.err.printf("stopped at step %d; checkpoint saved in %s (continue with --resume); model so far: %s%n",
                    trainer.step(), output, partial);
                return 1;
            }
        } finally {
            finished.countDown(); // only now may a Ctrl-C let the JVM exit
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        Path cardPath = output.resolve(name + ".json");
        ModelFile.save(cardPath, card.get(), trainer.params());
        System.err.printf("wrote model %s (%d parameters)%n", cardPath, trainer.params().count());
        return 0;
    }
}
