/** Token filters of the passport-analysis Elasticsearch stable plugin, wrapping Lucene's analysis-common. */
package org.innovatorpassport.search.analysis;
