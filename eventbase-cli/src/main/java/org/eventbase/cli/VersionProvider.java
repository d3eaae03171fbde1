package org.eventbase.cli;

import org.eventbase.pipeline.EventbaseVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints Eventbase's version and the NLP model version for {@code eventbase --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        EventbaseVersion v = EventbaseVersion.current();
        return new String[] {"eventbase " + v.eventbase(), "Stanford CoreNLP " + v.corenlp()};
    }
}
