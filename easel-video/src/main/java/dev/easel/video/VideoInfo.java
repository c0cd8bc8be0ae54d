package dev.easel.video;

/**
 * What a video file holds, as FFmpeg reports it.
 *
 * @param width          frame width in pixels
 * @param height         frame height in pixels
 * @param frameRate      frames per second (the stream's average rate)
 * @param frames         number of frames (FFmpeg's count, or duration x rate where the container has none)
 * @param seconds        duration in seconds
 * @param audioChannels  channels of the audio stream; 0 where there is none
 * @param sampleRate     audio samples per second; 0 where there is no audio
 */
public record VideoInfo(int width, int height, double frameRate, long frames, double seconds, int audioChannels,
                        int sampleRate) {
    public boolean hasAudio() {
        return audioChannels > 0;
    }
}
