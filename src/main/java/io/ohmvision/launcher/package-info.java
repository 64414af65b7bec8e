/**
 * The command-line launcher behind {@code server-config/ohmvision.sh start}: plain Java run outside the server (its
 * classes are left out of the WAR). It runs Payara Micro as a child process and answers for it: one line per log
 * record on the console, one clear block when OhmVision is ready, and an exit with the cause in one line when the
 * application fails to deploy (Payara Micro itself would keep running with nothing deployed).
 */
package io.ohmvision.launcher;
