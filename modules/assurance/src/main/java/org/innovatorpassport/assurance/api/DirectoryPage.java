package org.innovatorpassport.assurance.api;

import java.util.List;

/** One page of a directory search and how many entries match in all. */
public record DirectoryPage<T>(List<T> entries, long total) {
}
