<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed of the portal (lib/site/rss.ts) as a Vietnamese page to a person who opens it
     in a browser; feed readers ignore it. No script: only the portal's own styles, inline. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/rss/channel">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>RSS – <xsl:value-of select="title"/></title>
        <style>
          body { margin: 0; font-family: system-ui, sans-serif; color: #1f2328; background: #fff; line-height: 1.6; }
          header { background: #931d17; color: #fff; padding: 1rem; border-bottom: 4px solid #b3261e; }
          header h1 { margin: 0; font-size: 1.25rem; }
          main { max-width: 48rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
          .note { background: #fdf3f2; border: 1px solid #fbe3e0; border-radius: 4px; padding: 0.75rem; font-size: 0.95rem; }
          code { background: #f6f8fa; padding: 0.1rem 0.3rem; border-radius: 3px; word-break: break-all; }
          article { border-bottom: 1px solid #d0d7de; padding: 0.75rem 0; }
          article h2 { margin: 0; font-size: 1.1rem; }
          a { color: #931d17; }
          .meta { color: #57606a; font-size: 0.85rem; margin: 0.25rem 0; }
          p { margin: 0.25rem 0; }
        </style>
      </head>
      <body>
        <header>
          <p style="margin:0;font-size:0.85rem">Tin mới qua RSS</p>
          <h1><xsl:value-of select="title"/></h1>
        </header>
        <main>
          <p class="note">
            Đây là kênh tin RSS. Để nhận tin mới tự động, hãy sao chép địa chỉ
            <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code>
            vào ứng dụng đọc tin (RSS) của bạn. Bạn cũng có thể đọc các tin mới nhất ngay dưới đây.
          </p>
          <p><a href="{link}">Về trang <xsl:value-of select="title"/></a></p>
          <xsl:for-each select="item">
            <article>
              <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
              <p class="meta">
                <xsl:value-of select="category"/>
                <xsl:if test="category and pubDate"> · </xsl:if>
                <xsl:value-of select="pubDate"/>
              </p>
              <p><xsl:value-of select="description"/></p>
            </article>
          </xsl:for-each>
          <xsl:if test="not(item)">
            <p>Chưa có tin nào.</p>
          </xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
