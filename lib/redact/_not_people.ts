/**
 * Capitalised words that name places and products, not people, although the
 * census name lists carry many of them as surnames ("Lisbon", "Jenkins",
 * "Kafka"). Places come from the npm `city-timezones` gazetteer (Natural
 * Earth populated places: cities of at least 100,000 people, and country
 * names), imported as a module so the bundle carries it. Products are a
 * short hand-written list of well-known software, services and devices:
 * no maintained npm package lists product names, and only the ones that a
 * name list also carries matter here. A word that is also a first name
 * ("Austin", "Ruby") is still a person; detect.ts checks that.
 */
import cities from "city-timezones/data/cityMap.json" with { type: "json" };
import { foldString } from "./_mapped.ts";

// Names of software, services and devices that appear in business and engineering text.
const PRODUCTS =
  "Jenkins Kafka Jira Confluence Bitbucket Trello Asana Gradle Maven Helm Apache Tomcat Jetty Mongo MongoDB Flink Cypress Babel Vue Scala Perl Tesla Grafana Kibana Prometheus Splunk Sentry Datadog Nagios Zabbix Terraform Ansible Puppet Chef Vagrant Packer Consul Nomad Kubernetes Docker Podman Istio Envoy Linkerd Argo Tekton Spinnaker Harbor Gitea GitLab GitHub Heroku Vercel Netlify Azure Cloudflare Akamai Fastly Varnish Traefik Caddy Nginx Redis Postgres PostgreSQL MySQL MariaDB SQLite Oracle Elasticsearch OpenSearch Solr Lucene Hadoop Hive Spark Presto Trino Druid Pinot Snowflake Databricks BigQuery Redshift Athena Airflow Dagster Prefect Celery Sidekiq RabbitMQ ActiveMQ Pulsar Zookeeper Keycloak Okta Auth0 Stripe Twilio Plaid Zendesk Freshdesk Salesforce HubSpot Shopify Magento Drupal Joomla WordPress Webex Skype Zoom Slack Discord Telegram Viber WhatsApp Xcode Eclipse NetBeans IntelliJ PyCharm WebStorm Rider Emacs Vim Neovim Photoshop Illustrator InDesign Lightroom Acrobat SharePoint OneDrive Outlook Dynamics Navision Workday Xero QuickBooks Tableau Looker Metabase Superset Jupyter Pandas NumPy PyTorch TensorFlow Keras Flask Laravel Symfony Rails Angular React Svelte Ember Flutter Kotlin Swift Haskell Erlang Elixir Clojure Rust Golang Python Java Selenium Puppeteer Playwright Postman Insomnia Jest Mocha Karma Webpack Vite Rollup Esbuild Deno Bun Figma Sketch Notion Miro Loom Copilot Gemini Llama Mistral Ollama Whisper Siri Cortana Chrome Chromium Firefox Safari Opera Edge Thunderbird Gmail Android Ubuntu Debian Fedora CentOS Rocky Alpine Gentoo Arch Mint Windows macOS Linux FreeBSD Kindle Pixel Galaxy iPhone iPad MacBook ThinkPad Surface Xbox PlayStation Nintendo Microsoft Google Apple Amazon Meta Facebook Instagram Netflix Spotify Uber Airbnb PayPal Mastercard Samsung Sony Intel Nvidia Cisco Dell Lenovo Siemens Bosch Philips Nokia Ericsson Vodafone Telekom IKEA Zalando";

// Brands named after their founders, written like double-barrelled surnames.
const HYPHENATED_BRANDS = [
  "Coca-Cola",
  "Rolls-Royce",
  "Mercedes-Benz",
  "Hewlett-Packard",
  "Harley-Davidson",
  "Alfa-Romeo",
  "Baskin-Robbins",
  "Procter-Gamble",
  "Merriam-Webster",
  "Rube-Goldberg",
];

/** The loaded place and product words. */
export interface NotPeople {
  /** Folded one-word city names (many are surnames too: "Santos", "Hamilton"). */
  cities: Set<string>;
  /** Folded one-word country names. */
  countries: Set<string>;
  /** Folded one-word product names. */
  products: Set<string>;
  /** Folded multi-word place and product names ("san francisco", "visual studio"). */
  phrases: Set<string>;
}

let cached: NotPeople | undefined;

/** Loads (once) and returns the place and product names. */
export function notPeople(): NotPeople {
  if (cached) return cached;
  const phrases = new Set<string>();
  const put = (into: Set<string>, name: string) => {
    const v = foldString(name.normalize("NFKC").trim()).replace(/\s+/g, " ");
    if (v.length < 3) return;
    (v.includes(" ") ? phrases : into).add(v);
  };
  const cityWords = new Set<string>();
  const countries = new Set<string>();
  const products = new Set<string>();
  for (const c of cities as { city: string; city_ascii: string; pop: number; country: string }[]) {
    put(countries, c.country);
    if (c.pop >= 100_000) {
      put(cityWords, c.city);
      put(cityWords, c.city_ascii);
    }
  }
  for (
    const p of [
      ...PRODUCTS.split(" "),
      ...HYPHENATED_BRANDS,
      "Visual Studio",
      "VS Code",
      "Google Docs",
      "Google Drive",
    ]
  ) {
    put(products, p);
  }
  if (cityWords.size < 1000 || countries.size < 100) {
    throw new Error("Cannot load the place names: a package is incomplete");
  }
  cached = { cities: cityWords, countries, products, phrases };
  return cached;
}
