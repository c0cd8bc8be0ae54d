package dev.easel.stylize;

/**
 * A stylizer that runs a network's stylizer its own way (in coarse-to-fine passes, at a working size, finished
 * by an optimizer): it is that network's method and owns it, closing it when closed.
 */
abstract class NetworkWrapper implements Stylizer {
    /** The wrapped stylizer, closed with this one. */
    final Stylizer network;

    NetworkWrapper(Stylizer network) {
        this.network = network;
    }

    @Override
    public String method() {
        return network.method();
    }

    @Override
    public void close() {
        network.close();
    }
}
