//! The per-shard high-water mark of received positions (see `analysis::relay`), kept across
//! runs so that a failover after every relay log holding acknowledged writes was lost still knows
//! they existed. Does SQLite I/O.

use super::{Store, StoreError};
use crate::analysis::relay::HighWaterMark;
use crate::model::Flavor;
use rusqlite::params;

fn flavor_name(f: Flavor) -> &'static str {
    match f {
        Flavor::MariaDb => "mariadb",
        Flavor::MySql80 => "mysql80",
        Flavor::MySql84 => "mysql84",
    }
}

fn flavor_of(s: &str) -> Option<Flavor> {
    match s {
        "mariadb" => Some(Flavor::MariaDb),
        "mysql80" => Some(Flavor::MySql80),
        "mysql84" => Some(Flavor::MySql84),
        _ => None,
    }
}

impl Store {
    /// Every shard's mark. A row with an unknown flavor is reported as corrupt (never skipped:
    /// a lost mark could let a failover promote a tablet behind acknowledged writes).
    pub fn high_water_marks(&self) -> Result<Vec<HighWaterMark>, StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT keyspace, shard, flavor, position, tablet, primary_alias FROM high_water",
            )
            .map_err(self.read_err("read high-water marks"))?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .map_err(self.read_err("read high-water marks"))?;
        let mut out = Vec::new();
        for row in rows {
            let (keyspace, shard, flavor, position, tablet, primary) =
                row.map_err(self.read_err("read high-water marks"))?;
            let flavor = flavor_of(&flavor).ok_or_else(|| {
                self.corrupt(format!(
                    "high-water mark of {keyspace}/{shard}: unknown flavor {flavor:?}"
                ))
            })?;
            out.push(HighWaterMark { keyspace, shard, flavor, position, tablet, primary });
        }
        Ok(out)
    }

    /// The mark of one shard.
    pub fn high_water(&self, ks: &str, shard: &str) -> Result<Option<HighWaterMark>, StoreError> {
        Ok(self.high_water_marks()?.into_iter().find(|m| m.keyspace == ks && m.shard == shard))
    }

    /// Stores raised marks (one transaction).
    pub fn save_high_water(
        &mut self,
        marks: &[HighWaterMark],
        now_ms: i64,
    ) -> Result<(), StoreError> {
        if marks.is_empty() {
            return Ok(());
        }
        self.write("save high-water marks", |c| {
            for m in marks {
                c.execute(
                    "INSERT INTO high_water (keyspace, shard, flavor, position, tablet, updated_ms, \
                     primary_alias) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (keyspace, shard) \
                     DO UPDATE SET flavor = ?3, position = ?4, tablet = ?5, updated_ms = ?6, \
                     primary_alias = ?7",
                    params![
                        m.keyspace,
                        m.shard,
                        flavor_name(m.flavor),
                        m.position,
                        m.tablet,
                        now_ms,
                        m.primary
                    ],
                )?;
            }
            Ok(())
        })
    }
}
