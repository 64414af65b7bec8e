package io.ohmvision.admin;

import io.ohmvision.discovery.boundary.OnboardingView;
import io.ohmvision.discovery.onboarding.CredentialToTry;
import io.ohmvision.discovery.onboarding.OnboardingJob;
import io.ohmvision.discovery.onboarding.OnboardingJobs;
import io.ohmvision.discovery.onboarding.OnboardingPhase;
import io.ohmvision.discovery.scan.NetworkInfo;
import io.ohmvision.platform.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The site onboarding wizard: networks and a few credentials to try, a progress bar while the job scans and detects,
 * then a review table with a box per device and one Apply for the chosen ones. The passwords typed are handed to the
 * job and cleared from the form at once; the page never shows one back.
 */
@Named
@ViewScoped
public class OnboardingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows of the credentials form: a list longer than this is for the API. */
    static final int CREDENTIAL_ROWS = 3;

    @Inject
    OnboardingJobs jobs;

    @Inject
    ConsoleUser user;

    private String cidrs = NetworkInfo.read().interfaces().stream().filter(i -> i.up() && !i.loopback())
            .flatMap(i -> i.addresses().stream()).map(NetworkInfo.Address::subnet).filter(s -> s != null)
            .findFirst().orElse("");
    private final List<CredentialRow> credentials = IntStream.range(0, CREDENTIAL_ROWS)
            .mapToObj(i -> new CredentialRow()).toList();
    private String jobId;
    private final Map<String, Boolean> chosen = new HashMap<>();

    /** One row of the credentials form; the password is write-only. */
    public static final class CredentialRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String password;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return null;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public void start() {
        List<CredentialToTry> toTry = credentials.stream()
                .filter(c -> c.username != null && !c.username.isBlank() || c.password != null && !c.password.isEmpty())
                .map(c -> new CredentialToTry(c.username, c.password)).toList();
        credentials.forEach(c -> c.password = null);
        OnboardingJob job = Feedback.attempt("Onboarding not started", () -> {
            user.requireEditor();
            return jobs.start(Arrays.stream(cidrs.split("[,\\s]+")).filter(s -> !s.isBlank()).toList(), toTry,
                    user.getName());
        });
        if (job != null) {
            jobId = job.id();
            chosen.clear();
            Feedback.info("Onboarding started", String.join(", ", job.cidrs()) + " with " + toTry.size()
                    + " credential(s) to try");
        }
    }

    public void apply() {
        List<String> addresses = new ArrayList<>(chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList());
        if (addresses.isEmpty()) {
            Feedback.error("Nothing applied", "Tick the devices to add or update first");
            return;
        }
        OnboardingJob job = Feedback.attempt("Nothing applied", () -> {
            user.requireEditor();
            return jobs.apply(jobId, addresses, user.isAdmin());
        });
        if (job != null) {
            Feedback.info("Applied", addresses.size() + " device(s) stored");
        }
    }

    public void cancel() {
        OnboardingJob job = Feedback.attempt("Not cancelled", () -> {
            user.requireEditor();
            return jobs.cancel(jobId);
        });
        if (job != null) {
            Feedback.info("Onboarding cancelled", "Nothing was stored; the credentials to try are forgotten");
        }
    }

    /** Whether Cancel is offered: a job that has not been applied, failed or been cancelled. */
    public boolean isCancellable() {
        return Optional.ofNullable(getJob()).map(job -> OnboardingPhase.valueOf(job.phase().toUpperCase(Locale.ROOT))
                .mayBecome(OnboardingPhase.CANCELLED)).orElse(false);
    }

    public OnboardingView getJob() {
        if (jobId == null) {
            return null;
        }
        try {
            return OnboardingView.of(jobs.find(jobId));
        } catch (ProblemException expired) {
            return null;
        }
    }

    public boolean isRunning() {
        return Optional.ofNullable(jobId).flatMap(id -> {
            try {
                return Optional.of(jobs.find(id).phase());
            } catch (ProblemException expired) {
                return Optional.empty();
            }
        }).map(phase -> !phase.isSettled()).orElse(false);
    }

    /** Whether the review's boxes and Apply are offered: detection ended and nothing was applied yet. */
    public boolean isReady() {
        OnboardingView job = getJob();
        return job != null && OnboardingPhase.READY.wireName().equals(job.phase());
    }

    public String getCidrs() {
        return cidrs;
    }

    public void setCidrs(String cidrs) {
        this.cidrs = cidrs;
    }

    public List<CredentialRow> getCredentials() {
        return credentials;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }
}
