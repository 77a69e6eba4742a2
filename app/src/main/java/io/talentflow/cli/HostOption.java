package io.talentflow.cli;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/** Checks on the address {@code serve --host} names, so that a bad one is a sentence about the address, not the port. */
final class HostOption
{
    private HostOption() {}

    /** A usage error unless {@code host} is an address of this machine (or every address, 0.0.0.0 or ::). */
    static void requireLocal(String host)
    {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        }
        catch (UnknownHostException | SecurityException e) {
            throw new UserException("--host '" + host + "' is not a known address; give an address of this machine, such as 127.0.0.1"
                    + " (this machine only) or 0.0.0.0 (every network).");
        }
        if (!local(address)) {
            throw new UserException("--host " + host + " is not an address of this machine; give 127.0.0.1 (this machine only),"
                    + " 0.0.0.0 (every network) or one of this machine's addresses.");
        }
    }

    private static boolean local(InetAddress address)
    {
        try {
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        }
        catch (SocketException e) {
            return false;
        }
    }

    /** What went wrong when binding, from the cause Jetty gives ("Address already in use"). */
    static String bindProblem(Exception e)
    {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("already in use")) {
                return "the port is already in use";
            }
            if (message.contains("assign requested address")) {
                return "the address is not one of this machine's";
            }
        }
        return e.getMessage();
    }
}
