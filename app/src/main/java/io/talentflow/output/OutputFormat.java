package io.talentflow.output;

/** Formats for printed tables. */
public enum OutputFormat
{
    TEXT, CSV, JSON
}
